/**
 * A reading of a text that depends on the text alone, remembered by text: the parser's stages ask again for the same
 * clause or name (session 47's speed pass counted 83.6k to 101.8k calls naming 14.3k to 27.1k texts over the accuracy
 * fixtures). The map empties when it holds `kept` answers, so memory stays bounded however many reports are read.
 */
export function rememberedByText<T>(read: (text: string) => T, kept = 8192): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    if (answers.has(text)) return answers.get(text) as T;
    if (answers.size >= kept) answers.clear();
    const answer = read(text);
    answers.set(text, answer);
    return answer;
  };
}
