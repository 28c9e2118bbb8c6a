import { mockApis } from '@backstage/test-utils';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../translation';

/** The plugin's translation function with the shipped English, for tests of helpers that take `t`. */
export function shippedWording(): MlopsMaturityTranslation {
  const translation = mockApis
    .translation()
    .getTranslation(mlopsMaturityTranslationRef);
  if (!translation.ready) {
    throw new Error('The shipped English of the plugin did not load');
  }
  return translation.t;
}
