/**
 * The code editor for a pack's Handlebars texts: a plain textarea with a line-number gutter (problem lines marked),
 * checked by the handlers as the user types (the renderer never compiles templates: the CSP forbids eval, and the
 * checker is the pack loader's own), with every problem listed at line and column — clicking one puts the caret
 * there. Saving is explicit: a text with problems is refused by the handler and nothing is written.
 */
import type { TemplateTextProblem, TemplateTextSource } from '../../../main/contract.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/i18n.js';
import { lineCount, offsetOf, problemLines } from './code-position.js';

/** How long typing must pause before the text is checked. */
export const CHECK_DELAY_MS = 250;

export interface CodeEditorModel {
  readonly texts: readonly TemplateTextSource[];
  readonly selected: string;
  /** Unsaved text per template name. */
  readonly drafts: ReadonlyMap<string, string>;
  readonly problems: ReadonlyMap<string, readonly TemplateTextProblem[]>;
  readonly readOnly: boolean;
}

export interface CodeEditorActions {
  select(name: string): void;
  draft(name: string, source: string): void;
  check(name: string, source: string): Promise<readonly TemplateTextProblem[]>;
  save(name: string, source: string): void;
  revert(name: string): void;
}

export function codeEditor(model: CodeEditorModel, actions: CodeEditorActions): HTMLElement {
  const saved = model.texts.find((text) => text.name === model.selected) ?? model.texts[0];
  if (!saved) return h('p', { class: 'muted', text: t('editor.preview.empty') });
  const name = saved.name;
  let problems = model.problems.get(name) ?? [];
  const initial = model.drafts.get(name) ?? saved.source;

  const select = h(
    'select',
    { attrs: { id: 'editor-text-name', 'data-focus-key': 'editor:text-name' }, on: { change: () => actions.select(select.value) } },
    model.texts.map((text) => h('option', { attrs: { value: text.name }, props: { selected: text.name === name }, text: `${text.name}${text.required ? ` ${t('editor.code.required')}` : ''}${model.drafts.has(text.name) ? ' •' : ''}` })),
  );
  const gutter = h('div', { class: 'code-gutter', attrs: { 'aria-hidden': 'true' } });
  const area = h('textarea', {
    class: 'code-area',
    attrs: { spellcheck: 'false', wrap: 'off', autocomplete: 'off', autocapitalize: 'off', 'aria-label': t('editor.code.label', { name }), 'data-focus-key': `editor:code:${name}`, 'aria-describedby': 'editor-code-status' },
    props: { value: initial, readOnly: model.readOnly },
  });
  const status = h('p', { class: 'code-status', attrs: { id: 'editor-code-status', role: 'status' } });
  const list = h('ul', { class: 'code-problems' });
  const saveButton = h('button', { class: 'button primary', attrs: { type: 'button' }, text: t('editor.code.save'), on: { click: () => actions.save(name, area.value) } });
  const revertButton = h('button', { class: 'button', attrs: { type: 'button' }, text: t('editor.code.revert'), on: { click: () => actions.revert(name) } });

  const drawGutter = (): void => {
    const marked = problemLines(problems);
    const lines = lineCount(area.value);
    gutter.replaceChildren(...Array.from({ length: lines }, (_, i) => h('div', { class: ['code-line-number', marked.has(i + 1) && 'is-problem'], text: String(i + 1) })));
    gutter.scrollTop = area.scrollTop;
  };
  const drawProblems = (checking: boolean): void => {
    const dirty = area.value !== saved.source;
    status.textContent = checking ? t('editor.code.checking') : problems.length > 0 ? t('editor.code.notSaved', { count: problems.length }) : dirty ? `${t('editor.code.ok')} · ${t('editor.code.unsaved')}` : t('editor.code.ok');
    status.classList.toggle('is-error', !checking && problems.length > 0);
    list.replaceChildren(
      ...problems.map((problem) =>
        h(
          'li',
          {},
          h('button', {
            class: 'button quiet code-problem',
            attrs: { type: 'button', 'data-line': problem.line, 'data-column': problem.column },
            text: t('editor.code.problem', { line: problem.line, column: problem.column, message: problem.message }),
            on: { click: () => jumpTo(problem) },
          }),
        ),
      ),
    );
    saveButton.disabled = model.readOnly || !dirty || problems.length > 0 || checking;
    revertButton.disabled = model.readOnly || !dirty;
  };
  const jumpTo = (problem: TemplateTextProblem): void => {
    const offset = offsetOf(area.value, problem);
    area.focus();
    area.setSelectionRange(offset, offset);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const checkSoon = (): void => {
    clearTimeout(timer);
    drawProblems(true);
    timer = setTimeout(() => {
      const source = area.value;
      const ticket = ++asked;
      actions.check(name, source).then(
        (found) => {
          // An answer for text that has since changed again is dropped: the next check is on its way.
          if (ticket !== asked) return;
          problems = found;
          drawGutter();
          drawProblems(false);
        },
        () => drawProblems(false),
      );
    }, CHECK_DELAY_MS);
  };

  area.addEventListener('input', () => {
    actions.draft(name, area.value);
    drawGutter();
    checkSoon();
  });
  area.addEventListener('scroll', () => (gutter.scrollTop = area.scrollTop));
  area.addEventListener('keydown', (event) => {
    // Tab indents inside the editor (Shift+Tab still leaves it, so keyboard users are not trapped).
    if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey && !model.readOnly) {
      event.preventDefault();
      area.setRangeText('  ', area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input'));
    }
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      if (!saveButton.disabled) actions.save(name, area.value);
    }
  });

  drawGutter();
  drawProblems(false);
  if (model.drafts.has(name) && !model.problems.has(name)) checkSoon();
  return h(
    'div',
    { class: 'code-editor' },
    h('label', { class: 'field-label', attrs: { for: 'editor-text-name' }, text: t('editor.code.file') }),
    select,
    saved.purpose ? h('p', { class: 'muted small', text: saved.purpose }) : null,
    h('div', { class: 'code-frame' }, gutter, area),
    status,
    list,
    model.readOnly ? null : h('div', { class: 'button-row' }, saveButton, revertButton),
  );
}
