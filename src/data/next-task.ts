/**
 * Resolves in a later task, so work spread over several awaits of it lets the page handle input
 * and draw in between. (An awaited promise alone resumes in the same task, as a microtask.)
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
