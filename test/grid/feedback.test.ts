import { GridFeedbackError, parseGridWebhookEvent } from '../../integrations/grid';

const event = {
  type: 'task.feedback',
  timestamp: '2024-05-01T00:52:03Z',
  data: {
    eventId: 'evt_01HX3Q7Z2K',
    taskId: '5f0c3a52-8d1e-4c1b-9a57-2f4f0f3e9b10',
    gridCaseId: 'WG2024050100017',
    kind: 'ARRIVED',
    occurredAt: '2024-05-01T08:52:00+08:00',
    text: '维修人员已到场',
    attachmentUrls: ['https://grid.example.gov.cn/files/photo-1.jpg'],
    workerName: '张三',
    departmentId: 'dept-agriculture-water',
    latitude: 31.4363,
    longitude: 103.1654,
    somethingNew: 'ignored',
  },
};

function problemsOf(body: unknown, webhookId?: string): string[] {
  try {
    parseGridWebhookEvent(body, { webhookId });
  } catch (error) {
    expect(error).toBeInstanceOf(GridFeedbackError);
    return (error as GridFeedbackError).problems.map((p) => p.pointer);
  }
  throw new Error('expected a GridFeedbackError');
}

describe('grid feedback webhook body', () => {
  it('reads a task.feedback event from the raw body, keeping the contract\'s fields only', () => {
    const { somethingNew: _ignored, ...data } = event.data;
    expect(parseGridWebhookEvent(JSON.stringify(event), { webhookId: 'evt_01HX3Q7Z2K' })).toEqual({ ...event, data });
  });

  it('points at every field that breaks the contract', () => {
    const bad = {
      type: 'task.updated',
      timestamp: 'now',
      data: { eventId: '', taskId: 7, kind: 'ARRIVE', occurredAt: '2024-05-01 08:52', attachmentUrls: ['file:///etc/passwd'], latitude: 95 },
    };
    expect(problemsOf(bad)).toEqual([
      '/type',
      '/timestamp',
      '/data/eventId',
      '/data/taskId',
      '/data/kind',
      '/data/occurredAt',
      '/data/attachmentUrls/0',
      '/data/latitude',
      '/data',
    ]);
  });

  it('wants a reason with RETURNED, and the event id of the webhook-id header', () => {
    expect(problemsOf({ ...event, data: { ...event.data, kind: 'RETURNED', text: ' ' } })).toEqual(['/data/text']);
    expect(problemsOf(event, 'evt_other')).toEqual(['/data/eventId']);
  });

  it('refuses a body that is not JSON or not an object', () => {
    expect(problemsOf('{"type":')).toEqual(['']);
    expect(problemsOf('[]')).toEqual(['']);
    expect(problemsOf({ ...event, data: null })).toEqual(['/data']);
  });
});
