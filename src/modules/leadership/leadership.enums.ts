import { registerEnumType } from 'type-graphql';

export enum LeadershipBody {
  GROUP = 'GROUP',
  OFFICE = 'OFFICE',
}

registerEnumType(LeadershipBody, {
  name: 'LeadershipBody',
  description: '领导机构 the leadership group or its office (notice attachment 1)',
  valuesConfig: {
    GROUP: { description: '领导小组 the 110 social-linkage leadership group' },
    OFFICE: { description: '领导小组办公室 the group\'s office, seated at the police bureau' },
  },
});

export enum LeadershipRole {
  LEADER = 'LEADER',
  DEPUTY_LEADER = 'DEPUTY_LEADER',
  MEMBER = 'MEMBER',
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
}

registerEnumType(LeadershipRole, {
  name: 'LeadershipRole',
  description: '职位 role within the leadership group or office',
  valuesConfig: {
    LEADER: { description: '组长 group leader' },
    DEPUTY_LEADER: { description: '副组长 deputy group leader' },
    MEMBER: { description: '成员 member' },
    DIRECTOR: { description: '主任 office director' },
    DEPUTY_DIRECTOR: { description: '副主任 office deputy director' },
  },
});
