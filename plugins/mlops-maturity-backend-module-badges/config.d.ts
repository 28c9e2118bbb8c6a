export interface Config {
  mlopsMaturity?: {
    badges?: {
      /**
       * Show levels on the `mlops-maturity` badge when the badges plugin
       * serves plain badge URLs (`app.badges.obfuscate` not true). Those URLs
       * name the entity and reach anyone, signed in or not, so without this
       * the badge says "private". Set it only when every ML service may be
       * shown to anyone who knows its name.
       * @visibility backend
       */
      allowWithoutObfuscation?: boolean;
    };
  };
}
