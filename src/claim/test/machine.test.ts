/** The claim wizard's transition table, every step × every event (an unlisted event leaves the step). */
import { CLAIM_STEPS, nextStep, type ClaimEvent, type ClaimStep } from '@/claim/wizard/machine'

const EVENTS: readonly ClaimEvent[] = ['filled', 'back', 'prechecked', 'verified', 'verificationExpired', 'issued']

/** Rows: steps; columns: EVENTS in order. */
const EXPECTED: Record<ClaimStep, readonly ClaimStep[]> = {
  //        filled      back        prechecked  verified    verificationExpired  issued
  identity: ['consent', 'identity', 'identity', 'identity', 'identity', 'identity'],
  consent: ['consent', 'identity', 'verify', 'consent', 'consent', 'consent'],
  verify: ['verify', 'identity', 'verify', 'password', 'verify', 'verify'],
  password: ['password', 'password', 'password', 'password', 'verify', 'done'],
  done: ['done', 'done', 'done', 'done', 'done', 'done'],
}

test.each(CLAIM_STEPS.flatMap((step) => EVENTS.map((event, i) => [step, event, EXPECTED[step][i]] as const)))('%s + %s → %s', (step, event, next) => {
  expect(nextStep(step, event)).toBe(next)
})

test('the happy path walks every step in order', () => {
  const path: ClaimEvent[] = ['filled', 'prechecked', 'verified', 'issued']
  const visited = path.reduce<ClaimStep[]>((steps, event) => [...steps, nextStep(steps[steps.length - 1], event)], ['identity'])
  expect(visited).toEqual([...CLAIM_STEPS])
})
