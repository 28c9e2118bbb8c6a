import { createApp } from '@backstage/frontend-defaults';
import { navModule } from './modules/nav';
import { notificationsPageModule } from './modules/notifications';

/**
 * The demo app. Plugins listed in this package's dependencies are discovered
 * through `app.packages: all` in app-config.yaml, so only app-specific modules
 * are passed here.
 */
export default createApp({
  features: [navModule, notificationsPageModule],
});
