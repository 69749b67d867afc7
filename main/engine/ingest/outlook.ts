/**
 * The closing part about next steps (下一步 / 下半年 / 今后 / 工作安排 / 努力方向…, or Outlook / Next steps) is
 * marked `outlook`. Only the last pillars can be: a plan mentioned in the middle of a review is still review.
 */
const TITLE_ZH = /(?:下一步|下半年|今后|明年|下阶段|下步|工作安排|工作打算|工作思路|工作计划|努力方向|发展方向|展望|未来|工作任务|重点工作|目标任务|工作重点|打算|计划)/;
const OPENING_ZH = /(?:下一步|下半年|今后|明年|下阶段|下步|未来)[^。；]{0,16}?(?:将|要|拟|计划|继续|着力|重点|坚持)/;
const TITLE_EN = /\b(?:outlook|next steps?|looking ahead|the year ahead|priorities|plans?|future|going forward|next year|what comes next|forward look)\b/i;
const OPENING_EN = /\b(?:next year|in the coming (?:year|months)|going forward|we will|we plan to|our priorities)\b/i;

export function isOutlook(title: string, opening: string, language: 'zh' | 'en'): string | undefined {
  if (language === 'zh') {
    if (TITLE_ZH.test(title)) return `the title speaks of what comes next ("${TITLE_ZH.exec(title)![0]}")`;
    const start = OPENING_ZH.exec(opening.slice(0, 160));
    return start ? `its opening speaks of what comes next ("${start[0]}")` : undefined;
  }
  if (TITLE_EN.test(title)) return `the title speaks of what comes next ("${TITLE_EN.exec(title)![0]}")`;
  const start = OPENING_EN.exec(opening.slice(0, 200));
  return start ? `its opening speaks of what comes next ("${start[0]}")` : undefined;
}
