import { AuthService } from '@backstage/backend-plugin-api';
import {
  isGroupEntity,
  parseEntityRef,
  RELATION_HAS_MEMBER,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

const kindOf = (ref: string) => {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
};

/**
 * Who receives the reminders of a service: the users the catalog's
 * `isEntityOwner` rule calls its owners under Backstage's standard ownership
 * claims (a user's claims are the user and the groups they are a direct
 * member of). A User owner is that user; a Group owner is its direct member
 * users, never the members of its child groups: the notifications backend's
 * own resolver would reach those too, and a permission policy that lets only
 * owners read an entity hides it from them.
 *
 * The plugin cannot ask the permission policy on another user's behalf (that
 * takes the user's own token), so it sends to these users by their refs.
 */
export class ReminderRecipients {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
    },
  ) {}

  /**
   * The users each owner ref stands for, from the catalog as it is now: one
   * batched read of every group among `ownerRefs`, with the plugin's own
   * credentials. An owner that is neither a user nor a group, a group the
   * catalog does not hold and a group without member users stand for nobody.
   */
  async usersByOwner(
    ownerRefs: Iterable<string>,
  ): Promise<Map<string, string[]>> {
    const owners = [...new Set(ownerRefs)];
    const users = new Map<string, string[]>();
    const groups: string[] = [];
    for (const owner of owners) {
      const kind = kindOf(owner);
      if (kind === 'user') users.set(owner, [owner]);
      else if (kind === 'group') groups.push(owner);
      else users.set(owner, []);
    }
    const members = await this.membersOfGroups(groups);
    for (const group of groups) users.set(group, members.get(group) ?? []);
    return users;
  }

  private async membersOfGroups(groupRefs: string[]) {
    const members = new Map<string, string[]>();
    if (groupRefs.length === 0) return members;
    const { catalog, auth } = this.options;
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: groupRefs,
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    items.forEach((entity, i) => {
      if (!entity || !isGroupEntity(entity)) return;
      const userRefs = (entity.relations ?? [])
        .filter(
          r => r.type === RELATION_HAS_MEMBER && kindOf(r.targetRef) === 'user',
        )
        .map(r => r.targetRef);
      // The catalog answers in the order asked.
      members.set(groupRefs[i], [...new Set(userRefs)]);
    });
    return members;
  }
}
