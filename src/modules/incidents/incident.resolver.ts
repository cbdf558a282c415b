import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { Area } from '../areas/area.entity';
import { HistoryEvent } from '../history/event.entity';
import { Order } from '../orders/order.entity';
import { Incident } from './incident.entity';
import { IncidentFilter } from './incident.inputs';
import { IncidentService } from './incident.service';
import { IncidentConnection } from './incident.types';

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => IncidentConnection, { description: '警情列表 incidents, newest first, filtered and paged' })
  async incidents(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IncidentFilter, { nullable: true, description: '筛选 filter' }) filter?: IncidentFilter,
  ): Promise<IncidentConnection> {
    const result = await new IncidentService(ctx.em).list(filter, page);
    return IncidentConnection.of(result, (incident) => ({ at: incident.receivedAt, id: incident.id }));
  }

  @Query(() => Incident, { description: '警情 one incident by id' })
  incident(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: '警情标识 incident id' }) id: string): Promise<Incident> {
    return new IncidentService(ctx.em).byId(id);
  }

  @FieldResolver(() => Area, { nullable: true, description: '所在区域 the area the incident is in' })
  area(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<Area | null> {
    return incident.area ? ctx.loaders.areaById.load(incident.area.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [Order], { description: '处置指令 orders issued for this incident, oldest first' })
  orders(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<Order[]> {
    return ctx.loaders.ordersByIncidentId.load(incident.id);
  }

  @FieldResolver(() => [HistoryEvent], {
    description: '处置记录 every recorded change of the incident and its orders, in the order written',
  })
  timeline(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<HistoryEvent[]> {
    return ctx.loaders.eventsByIncidentId.load(incident.id);
  }
}
