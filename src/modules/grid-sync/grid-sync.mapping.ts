import type { GridFeedbackKind, OrderStatusName } from '../../../integrations/grid';
import { FeedbackKind, type OrderStatus } from '../orders/order.enums';
import type { OrderAction } from '../orders/order.transitions';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The mapping file's order states are ours: a state added to OrderStatus fails to compile here until the file format knows it. */
const _orderStatusesMatch: Same<`${OrderStatus}`, OrderStatusName> = true;
void _orderStatusesMatch;

/**
 * What a grid worker's report is in our workflow: the order action it takes, and for feedback
 * the kind of feedback row it records. Whether the action is allowed from the order's state is
 * ORDER_TRANSITIONS' decision, the same as for the unit's own console.
 */
export const GRID_FEEDBACK_ACTIONS: Readonly<
  Record<GridFeedbackKind, { action: Extract<OrderAction, 'sign' | 'arrive' | 'feedback' | 'complete' | 'dispute'>; feedbackKind?: FeedbackKind }>
> = {
  SIGNED: { action: 'sign' },
  ARRIVED: { action: 'arrive' },
  SCENE_STATUS: { action: 'feedback', feedbackKind: FeedbackKind.SCENE_STATUS },
  PROGRESS: { action: 'feedback', feedbackKind: FeedbackKind.PROGRESS },
  RESULT: { action: 'complete' },
  // Our feedback rows need a kind; attachments sent on their own are kept as progress.
  ATTACHMENT: { action: 'feedback', feedbackKind: FeedbackKind.PROGRESS },
  RETURNED: { action: 'dispute' },
};
