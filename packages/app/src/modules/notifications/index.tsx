import {
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';

/**
 * The notifications page, as the notifications plugin's own, but marking a
 * notification read when its link is opened from the page
 * (`markAsReadOnLinkOpen`). The plugin's page in the new frontend system
 * (0.6.x) passes no props, so that is off, and a reminders digest opened
 * from the page stayed unread. Same extension id (`page:notifications`),
 * so it replaces the plugin's page and keeps its route and sidebar item.
 * That page draws its own header, so the app's page header is left out
 * (`noHeader`): with both, the title showed twice.
 */
export const notificationsPageModule = createFrontendModule({
  pluginId: 'notifications',
  extensions: [
    PageBlueprint.make({
      params: {
        path: '/notifications',
        routeRef: notificationsPlugin.routes.root,
        noHeader: true,
        loader: () =>
          import('@backstage/plugin-notifications').then(m => (
            <m.NotificationsPage markAsReadOnLinkOpen />
          )),
      },
    }),
  ],
});
