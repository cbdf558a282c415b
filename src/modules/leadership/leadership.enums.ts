import { registerBilingualEnum } from '../../common/enums';

export enum LeadershipBody {
  GROUP = 'GROUP',
  OFFICE = 'OFFICE',
}

registerBilingualEnum(LeadershipBody, 'LeadershipBody', '领导机构 the leadership group or its office (notice attachment 1)', {
  GROUP: '领导小组 the 110 social-linkage leadership group',
  OFFICE: '领导小组办公室 the group\'s office, seated at the police bureau',
});

export enum LeadershipRole {
  LEADER = 'LEADER',
  DEPUTY_LEADER = 'DEPUTY_LEADER',
  MEMBER = 'MEMBER',
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
}

registerBilingualEnum(LeadershipRole, 'LeadershipRole', '职位 role within the leadership group or office', {
  LEADER: '组长 group leader',
  DEPUTY_LEADER: '副组长 deputy group leader',
  MEMBER: '成员 member',
  DIRECTOR: '主任 office director',
  DEPUTY_DIRECTOR: '副主任 office deputy director',
});
