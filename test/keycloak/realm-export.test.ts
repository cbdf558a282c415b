import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES } from '../../integrations/keycloak';

interface Mapper {
  protocolMapper: string;
  config: Record<string, string>;
}
interface Client {
  clientId: string;
  publicClient?: boolean;
  serviceAccountsEnabled?: boolean;
  defaultClientScopes?: string[];
  protocolMappers?: Mapper[];
}

const realm = JSON.parse(readFileSync(path.join(__dirname, '../../integrations/keycloak/realm-export.json'), 'utf8')) as {
  realm: string;
  defaultSignatureAlgorithm: string;
  roles: { realm: { name: string; description?: string }[] };
  clients: Client[];
  users: { username: string; serviceAccountClientId?: string; realmRoles?: string[] }[];
  components: Record<string, { config: Record<string, string[]> }[]>;
};

function client(clientId: string): Client {
  const found = realm.clients.find((candidate) => candidate.clientId === clientId);
  if (!found) throw new Error(`no client ${clientId}`);
  return found;
}

function audienceOf(candidate: Client): string[] {
  return (candidate.protocolMappers ?? [])
    .filter((mapper) => mapper.protocolMapper === 'oidc-audience-mapper' && mapper.config['access.token.claim'] === 'true')
    .map((mapper) => mapper.config['included.client.audience'] ?? '');
}

describe('realm export', () => {
  it('defines exactly our six roles, each described', () => {
    expect(realm.realm).toBe('linkage110');
    expect(realm.roles.realm.map((role) => role.name).sort()).toEqual([...ROLES].sort());
    expect(realm.roles.realm.every((role) => (role.description ?? '').length > 20)).toBe(true);
  });

  it('signs with RS256, the only algorithm keycloak-connect verifies', () => {
    expect(realm.defaultSignatureAlgorithm).toBe('RS256');
  });

  it('puts linkage110-api into the audience of both clients\' access tokens', () => {
    expect(audienceOf(client('linkage110-api'))).toEqual(['linkage110-api']);
    expect(audienceOf(client('grid-platform'))).toEqual(['linkage110-api']);
  });

  it('maps the user attribute "unit" into the access token as a single string', () => {
    const mapper = client('linkage110-api').protocolMappers?.find((candidate) => candidate.protocolMapper === 'oidc-usermodel-attribute-mapper');
    expect(mapper?.config).toMatchObject({ 'user.attribute': 'unit', 'claim.name': 'unit', 'access.token.claim': 'true', multivalued: 'false' });
    const profile = JSON.parse(realm.components['org.keycloak.userprofile.UserProfileProvider']?.[0]?.config['kc.user.profile.config']?.[0] ?? '{}') as {
      attributes: { name: string; permissions: { edit: string[] } }[];
    };
    expect(profile.attributes.find((attribute) => attribute.name === 'unit')?.permissions.edit).toEqual(['admin']);
  });

  it('keeps sub and realm roles in tokens through the basic and roles scopes', () => {
    for (const clientId of ['linkage110-api', 'grid-platform']) {
      expect(client(clientId).defaultClientScopes).toEqual(expect.arrayContaining(['basic', 'roles']));
    }
  });

  it('gives the grid platform a service account holding grid_sync only', () => {
    expect(client('grid-platform')).toMatchObject({ publicClient: false, serviceAccountsEnabled: true });
    const account = realm.users.find((user) => user.serviceAccountClientId === 'grid-platform');
    expect(account).toMatchObject({ username: 'service-account-grid-platform', realmRoles: ['grid_sync'] });
  });
});
