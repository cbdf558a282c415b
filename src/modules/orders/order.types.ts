import { ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination';
import { Order } from './order.entity';

@ObjectType({ description: '指令分页列表 a page of orders, newest first' })
export class OrderConnection extends Connection(Order, 'Order') {}
