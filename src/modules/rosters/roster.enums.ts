import { registerBilingualEnum } from '../../common/enums';

export enum RosterDuty {
  RESPONSIBLE_LEADER = 'RESPONSIBLE_LEADER',
  LIAISON = 'LIAISON',
  DUTY_OFFICER = 'DUTY_OFFICER',
  RESCUE_TEAM = 'RESCUE_TEAM',
}

registerBilingualEnum(RosterDuty, 'RosterDuty', '值班岗位 the post a roster shift covers', {
  RESPONSIBLE_LEADER: '带班领导 leader on call',
  LIAISON: '联络员 liaison',
  DUTY_OFFICER: '值班员 phone duty officer',
  RESCUE_TEAM: '抢险队 24-hour rescue team',
});
