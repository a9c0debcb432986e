import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlp: WinkMethods | null = null;

/** One wink-nlp instance per process: loading the model takes ~100 ms. */
export function winkInstance(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}
