// The transformers.js peer of `docintel bench peer`: embeds the texts docintel gives it with the
// same model files, offline, and prints one JSON object on stdout.
//
//   node embed-bench.mjs <models-dir> <model-name> <input.json> <threads> <repeats>
//
// input.json: {"texts": [...], "check": [...]}. "texts" are embedded as the pipeline's default does
// (every text of one call in one padded batch), then in calls of 32 in the given order; "check"
// texts are embedded once and their vectors returned, so the caller can compare them with its own.
import { env, pipeline } from '@huggingface/transformers';
import { readFileSync } from 'node:fs';

const [modelsDir, modelName, inputFile, threadsArg, repeatsArg] = process.argv.slice(2);
if (!repeatsArg) {
  console.error('usage: node embed-bench.mjs <models-dir> <model-name> <input.json> <threads> <repeats>');
  process.exit(2);
}
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = modelsDir;
const threads = Number(threadsArg);
const repeats = Number(repeatsArg);
const { texts, check } = JSON.parse(readFileSync(inputFile, 'utf8'));

const extractor = await pipeline('feature-extraction', modelName, {
  device: 'cpu',
  dtype: 'fp32', // the file is the int8 export; fp32 only selects the file name onnx/model.onnx
  session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
});

const tokens = texts.reduce((sum, text) => sum + extractor.tokenizer(text, { truncation: true }).input_ids.size, 0);

async function embedInCalls(batchSize) {
  for (let from = 0; from < texts.length; from += batchSize) {
    await extractor(texts.slice(from, from + batchSize), { pooling: 'mean', normalize: true });
  }
}

async function measure(label, batchSize) {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    await embedInCalls(batchSize);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { mode: label, batchSize, sentences: texts.length, tokens, seconds: best,
    sentencesPerSecond: texts.length / best, tokensPerSecond: tokens / best };
}

await embedInCalls(32); // warm-up
const runs = [await measure('one call (pipeline default)', texts.length), await measure('calls of 32', 32)];
const vectors = (await extractor(check, { pooling: 'mean', normalize: true })).tolist();
process.stdout.write(JSON.stringify({ peer: `transformers.js ${env.version}`, node: process.version, threads,
  runs, check: vectors }) + '\n');
