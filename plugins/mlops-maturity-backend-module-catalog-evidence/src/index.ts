/**
 * A backend module for the mlops-maturity plugin: evidence from catalog
 * data, by declarative rules over annotations, labels, tags, links,
 * dependsOn Resources and TechDocs, with shipped defaults.
 *
 * @packageDocumentation
 */

export { mlopsMaturityModuleCatalogEvidence as default } from './module';
