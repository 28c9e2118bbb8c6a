export interface Config {
  mlopsMaturity?: {
    /**
     * Which catalog entities are ML services and get the Maturity tab.
     * Defaults: kinds [Component], types [ml-service, ml-model, ml-pipeline].
     * The annotation `mlops.maturity/enabled: "true" | "false"` on an entity
     * overrides both.
     */
    entities?: {
      /**
       * Entity kinds that can be ML services, matched case-insensitively.
       * @visibility frontend
       */
      kinds?: string[];
      /**
       * `spec.type` values that make an entity of those kinds an ML service.
       * @visibility frontend
       */
      types?: string[];
    };
  };
}
