// The part of autocannon 9's API the benchmarks use (the package ships no types and adding
// @types/autocannon is not wanted for one call).

declare module 'autocannon' {
  interface Histogram {
    average: number;
    mean: number;
    total: number;
    max: number;
    p50: number;
    p99: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: Array<{ method?: 'GET' | 'HEAD'; path: string; headers?: Record<string, string> }>;
  }
  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats?: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram;
    throughput: Histogram;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
