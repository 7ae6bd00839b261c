import { LinearModel, type ModelFile } from './linear-model.js';
import weights from './weights.json';

/** The committed model. Only the classifier imports this module, so the weights stay out of the apps' bundles. */
export const MODEL = new LinearModel(weights as ModelFile);
