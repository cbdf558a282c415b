import { registerEnumType } from 'type-graphql';

export enum RosterDuty {
  RESPONSIBLE_LEADER = 'RESPONSIBLE_LEADER',
  LIAISON = 'LIAISON',
  DUTY_OFFICER = 'DUTY_OFFICER',
  RESCUE_TEAM = 'RESCUE_TEAM',
}

registerEnumType(RosterDuty, {
  name: 'RosterDuty',
  description: '值班岗位 the post a roster shift covers',
  valuesConfig: {
    RESPONSIBLE_LEADER: { description: '带班领导 leader on call' },
    LIAISON: { description: '联络员 liaison' },
    DUTY_OFFICER: { description: '值班员 phone duty officer' },
    RESCUE_TEAM: { description: '抢险队 24-hour rescue team' },
  },
});
