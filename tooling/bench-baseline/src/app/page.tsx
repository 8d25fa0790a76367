export default function BaselinePage() {
  return <p>Benchmark baseline: a bare Next.js app.</p>;
}
