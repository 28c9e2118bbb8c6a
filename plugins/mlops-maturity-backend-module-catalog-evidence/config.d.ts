export interface Config {
  mlopsMaturity?: {
    evidence?: {
      /**
       * Whether the shipped rules run (see the module's README for the
       * table). A rule below with a default's id changes or switches off
       * that default either way.
       * @default true
       */
      defaults?: boolean;

      /**
       * Evidence rules over catalog data: a condition on the entity → the
       * question and level it demonstrates, a title and a link. A bad rule
       * stops the backend with a message naming it.
       */
      rules?: Array<{
        /** Unique; a default's id changes that default (only the fields given). */
        id: string;
        /** Exactly one condition (`equals` goes with annotation or label). */
        when?: {
          annotation?: string;
          label?: string;
          equals?: string;
          tag?: string;
          linkType?: string;
          linkTitle?: string;
          /** A dependsOn relation to a Resource with this spec.type. */
          dependsOnResourceType?: string;
          /** TechDocs (the backstage.io/techdocs-ref annotation). */
          techdocs?: boolean;
        };
        /** A question id of the maturity model. */
        questionId?: string;
        /** The level the evidence demonstrates, 1 to 4. */
        level?: number;
        title?: string;
        /**
         * The link to show: a URL template with {{value}} (the annotation's
         * or label's value) and {{annotation:KEY}} or
         * {{annotation:KEY|fallback}}.
         */
        url?: string;
        /** False switches the rule off. */
        enabled?: boolean;
      }>;
    };
  };
}
