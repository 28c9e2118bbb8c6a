export { MyTeamServicesContent } from './MyTeamServicesContent';
