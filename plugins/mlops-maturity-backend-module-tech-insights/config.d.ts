export interface Config {
  mlopsMaturity?: {
    techInsights?: {
      /**
       * ML services that get no facts: those whose catalog `field` (e.g.
       * `metadata.annotations.acme.com/confidential`) has one of `values`,
       * or, without `values`, has the field at all; any entry excludes.
       * Tech Insights serves facts to every holder of
       * `tech-insights.fact-retriever.read` without asking the catalog who
       * may read the entity, so list here the entities your permission
       * policy hides from some users. The next run after an ML service
       * becomes matched deletes every fact row the retriever stored for it,
       * so neither its latest facts nor `/facts/range` tell anything of it.
       */
      excludeEntities?: Array<{ field: string; values?: string[] }>;
    };
  };
}
