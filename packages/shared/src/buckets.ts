/**
 * The summary's time buckets: whole UTC hours or days. Zod-free, so the
 * dashboard puts a live answer in the bucket the API's rollups count it in.
 */

export const BUCKETS = ['hour', 'day'] as const;
/** `Bucket` (the contract's type) is the same union; it is named there, with its schema. */
type BucketSize = (typeof BUCKETS)[number];

const BUCKET_MS: Record<BucketSize, number> = { hour: 3_600_000, day: 86_400_000 };

/** Start of the UTC hour or day that holds `date`. */
export function bucketStart(date: Date | string, bucket: BucketSize): Date {
  const d = new Date(date);
  d.setUTCMinutes(0, 0, 0);
  if (bucket === 'day') d.setUTCHours(0);
  return d;
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucket(start: Date, bucket: BucketSize): Date {
  return new Date(start.getTime() + BUCKET_MS[bucket]);
}
