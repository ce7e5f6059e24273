// 1.《关于县人民政府工作报告的决议》； / （二）《关于…计划的决议》: a line of the body that lists a document by its quoted
// title (the resolutions a congress passed, the papers a meeting heard) names that document, not the page.

/** An item number, the title in 《》, then the list's own punctuation. */
const LISTED_TITLE =
  /^(?:\d{1,2}\s*[.、．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])\s*《[^《》]{6,80}》\s*[；;。，,、]?$/;

/** Whether a line of the body is an item of a list of quoted document titles. */
export function isListedDocumentTitle(text: string): boolean {
  return LISTED_TITLE.test(text.trim());
}
