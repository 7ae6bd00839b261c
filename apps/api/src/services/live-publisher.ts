import type { EventListQuery, EventPage, LiveEventBody } from '@pulse/shared';

/**
 * What services need of the live side, declared here and implemented there
 * (`live/bus.ts`, `live/event-log.ts`), so neither imports the other: the runtime
 * plugs them together.
 */
export interface LivePublisher {
  /** Publishes events to the project's dashboards; resolves once they are stored and sent. */
  publish(projectId: string, bodies: LiveEventBody[]): Promise<void>;
}

/** What `GET /v1/events` reads: the events a reconnecting dashboard missed. */
export interface LiveEventReader {
  listAfter(projectId: string, q: EventListQuery): Promise<EventPage>;
}
