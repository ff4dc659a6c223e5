/**
 * Prints the reading ease and any over-long sentences of every current
 * content file (the archive holds frozen past versions and is left out):
 * `npm run content:readability`. The content test enforces the same limits.
 */
import { readContentFiles } from '../vite/content-validation-plugin.ts';
import { longSentences, MAX_SENTENCE_WORDS, MIN_FLESCH, readabilityOfContent } from '../src/content/readability.ts';

for (const file of readContentFiles(process.cwd())) {
  if (file.path.startsWith('content/schema/') || file.path.includes('/archive/')) continue;
  const data: unknown = JSON.parse(file.text);
  const { flesch, words, sentences } = readabilityOfContent(data);
  const flag = flesch < MIN_FLESCH ? `  below ${MIN_FLESCH}` : '';
  console.log(`${file.path}: Flesch ${flesch} (${words} words, ${sentences} sentences)${flag}`);
  for (const long of longSentences(data)) console.log(`  ${long.path}: ${long.words} words (over ${MAX_SENTENCE_WORDS}): ${long.sentence}`);
}
