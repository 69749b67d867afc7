// Where project files go and how writes keep a last good copy.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectLocations, ProjectWriter } from '../../main/handlers/project-store.js';
import { tempDir } from './support/harness.js';

describe('project file locations', () => {
  it('puts the project beside a report on disk and hashes a stable fallback name', () => {
    const a = projectLocations('/data', { reportPath: '/docs/周报.docx', reportName: '周报.docx', isSample: false });
    expect(a.beside).toBe('/docs/周报.docx.huibao.json');
    expect(a.fallback).toMatch(/^\/data\/projects\/[0-9a-f]{32}\.huibao\.json$/);
    expect(projectLocations('/data', { reportPath: '/docs/周报.docx', reportName: '周报.docx', isSample: false }).fallback).toBe(a.fallback);
    expect(projectLocations('/data', { reportPath: '/other/周报.docx', reportName: '周报.docx', isSample: false }).fallback).not.toBe(a.fallback);
  });

  it('never writes beside the sample or an upload', () => {
    expect(projectLocations('/data', { reportPath: '/app/resources/samples/s.txt', reportName: 's.txt', isSample: true }).beside).toBeNull();
    const upload = projectLocations('/data', { reportPath: null, reportName: 'week.docx', isSample: false });
    expect(upload.beside).toBeNull();
    // The same upload name maps to the same project, so a re-uploaded weekly report finds its choices.
    expect(upload.fallback).toBe(projectLocations('/data', { reportPath: null, reportName: 'week.docx', isSample: false }).fallback);
  });
});

describe('ProjectWriter', () => {
  it('keeps the previous content as .bak and skips writes that change nothing', async () => {
    const dir = tempDir();
    const locations = { beside: path.join(dir, 'r.txt.huibao.json'), fallback: path.join(dir, 'fallback.huibao.json') };
    const writer = new ProjectWriter(locations, { file: null, goodText: null });
    await writer.write('one');
    expect(existsSync(`${locations.beside}.bak`)).toBe(false);
    await writer.write('two');
    expect(readFileSync(locations.beside, 'utf8')).toBe('two');
    expect(readFileSync(`${locations.beside}.bak`, 'utf8')).toBe('one');
    await writer.write('two');
    expect(readFileSync(`${locations.beside}.bak`, 'utf8')).toBe('one');
  });

  it('moves to the user-data folder when the report folder cannot be written', async () => {
    const dir = tempDir();
    // A path under a plain file cannot be created, even by root (tests here may run as root, where chmod does not bite).
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, '');
    const locations = { beside: path.join(blocked, 'report.txt.huibao.json'), fallback: path.join(dir, 'projects', 'x.huibao.json') };
    const writer = new ProjectWriter(locations, { file: null, goodText: null });
    await writer.write('{"saved":true}');
    expect(writer.file).toBe(locations.fallback);
    expect(readFileSync(locations.fallback, 'utf8')).toBe('{"saved":true}');
  });

  it('reports a failure of the fallback folder too', async () => {
    const blocked = path.join(tempDir(), 'blocked');
    writeFileSync(blocked, '');
    const writer = new ProjectWriter({ beside: null, fallback: path.join(blocked, 'x.huibao.json') }, { file: null, goodText: null });
    await expect(writer.write('x')).rejects.toThrow();
  });
});
