import { ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination';
import { Incident } from './incident.entity';

@ObjectType({ description: '警情分页列表 a page of incidents, newest first' })
export class IncidentConnection extends Connection(Incident, 'Incident') {}
