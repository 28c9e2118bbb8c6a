/**
 * Builders of test data for the mlops-maturity plugins' own tests and for
 * apps that test their wiring of them.
 *
 * @packageDocumentation
 */

export { answersByDimension, uniformAnswers } from './answers';
