import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: the guest provider, for local use. See README.md.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./permissionPolicy'));

backend.add(import('@backstage/plugin-user-settings-backend'));

backend.add(import('@mlops-maturity/backstage-plugin-mlops-maturity-backend'));
// Evidence from catalog data (annotations, links, Resources, TechDocs): the
// editor's suggestions and the tab's evidence-backed answers.
backend.add(
  import(
    '@mlops-maturity/backstage-plugin-mlops-maturity-backend-module-catalog-evidence'
  ),
);

// Notifications, with signals so the app's bell updates live: where the
// plugin's reminders (mlopsMaturity.reminders) reach the services' owners.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
// The events bus between backend instances: on PostgreSQL it keeps events in
// the database and wakes the other instances (LISTEN/NOTIFY), so a signal
// sent on one instance reaches a browser connected to another. Without it,
// each instance's events, signals included, stay within that instance.
backend.add(import('@backstage/plugin-events-backend'));

// AI assistants: the actions of the plugins listed in
// backend.actions.pluginSources, as MCP tools at /api/mcp-actions/v1.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// Tech Insights, with the ML services' maturity as facts and checks.
backend.add(import('@backstage-community/plugin-tech-insights-backend'));
backend.add(
  import('@backstage-community/plugin-tech-insights-backend-module-jsonfc'),
);
backend.add(
  import(
    '@mlops-maturity/backstage-plugin-mlops-maturity-backend-module-tech-insights'
  ),
);

// README badges, with the ML services' maturity badge (app.badges.obfuscate).
backend.add(import('@backstage-community/plugin-badges-backend'));
backend.add(
  import(
    '@mlops-maturity/backstage-plugin-mlops-maturity-backend-module-badges'
  ),
);

backend.start();
