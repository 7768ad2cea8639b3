export * from './workflow.events.ts';
export * from './workflow.state.ts';
export * from './workflow.rights.ts';
export * from './workflow.decide.ts';
export * from './notification-rules.ts';
export * from './notification-text.ts';
export * from './my-work.ts';
