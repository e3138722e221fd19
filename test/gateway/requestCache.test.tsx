/**
 * The request family's memory cache (gateway/hooks): one request for screens that show the same thing,
 * the answer kept while refreshing and after a failed refresh, invalidation by a write, and nothing of a
 * resident after their sign-out.
 */
import { act, renderHook, waitFor } from '@testing-library/react'
import { signOut } from '@/gateway/client'
import { invalidate, request, requestKey, useRequest, useSubmit } from '@/gateway/hooks'
import { logInAs, withMockGateway } from '../support/gateway'

const { gateway, server } = withMockGateway({ personaId: 'level2' })
let cardRequests = 0
beforeAll(() => server.events.on('request:start', ({ request: sent }) => void (new URL(sent.url).pathname.endsWith('/card') && (cardRequests += 1))))
beforeEach(async () => {
  await logInAs(gateway, 'level2')
  cardRequests = 0
})

const useCard = () => useRequest('cardStatus', {})

async function shownCard() {
  const first = renderHook(useCard)
  await waitFor(() => expect(first.result.current.phase).toBe('done'))
  return first
}

test('screens that show the same thing at once share one request and its answer', async () => {
  const a = renderHook(useCard)
  const b = renderHook(useCard)
  await waitFor(() => expect(a.result.current.phase).toBe('done'))
  await waitFor(() => expect(b.result.current.phase).toBe('done'))
  expect(b.result.current.data).toBe(a.result.current.data)
  expect(cardRequests).toBe(1)
})

test('a screen opened while the answer is fresh shows it at once without asking; reload asks', async () => {
  const first = await shownCard()
  const second = renderHook(useCard)
  expect(second.result.current).toMatchObject({ phase: 'done', data: first.result.current.data })
  await act(() => second.result.current.reload())
  expect(cardRequests).toBe(2)
})

test('a screen opened once the answer is no longer fresh shows it and asks again', async () => {
  await shownCard()
  const later = renderHook(() => useRequest('cardStatus', {}, { freshMs: 0 }))
  expect(later.result.current.phase).toBe('done')
  await waitFor(() => expect(cardRequests).toBe(2))
})

test('the order of the input fields does not matter to the key', () => {
  expect(requestKey('contributions', { type: 'pension', year: 2024 })).toBe(requestKey('contributions', { year: 2024, type: 'pension' }))
  expect(requestKey('contributions', { year: 2024 })).not.toBe(requestKey('contributions', { year: 2023 }))
})

test('invalidate: the screens showing the endpoint ask again and show the old answer until the new one', async () => {
  const shown = await shownCard()
  gateway.state.card.status = 'lost'
  act(() => invalidate('cardStatus'))
  expect(shown.result.current).toMatchObject({ phase: 'done', data: { status: 'level2' } })
  await waitFor(() => expect(shown.result.current.data?.status).toBe('lost'))
  expect(cardRequests).toBe(2)
})

test('invalidate reaches a screen shown later, not one closed meanwhile', async () => {
  const closed = await shownCard()
  closed.unmount()
  invalidate('cardStatus')
  expect(cardRequests).toBe(1)
  const reopened = renderHook(useCard)
  await waitFor(() => expect(cardRequests).toBe(2))
  await waitFor(() => expect(reopened.result.current.phase).toBe('done'))
})

test('an answer to a request sent before the invalidation is dropped', async () => {
  const shown = renderHook(useCard)
  gateway.state.card.status = 'lost'
  act(() => invalidate('cardStatus'))
  await waitFor(() => expect(cardRequests).toBe(2))
  await waitFor(() => expect(shown.result.current.phase).toBe('done'))
  expect(shown.result.current.data?.status).toBe('lost')
})

test('a failed refresh keeps the last answer and says why', async () => {
  const shown = await shownCard()
  gateway.setControls({ fault: 'server-error' })
  await act(() => shown.result.current.reload())
  expect(shown.result.current).toMatchObject({ phase: 'done', data: { status: 'level2' }, error: { code: 'SERVER_ERROR' } })
  gateway.setControls({ fault: 'none' })
  await act(() => shown.result.current.reload())
  expect(shown.result.current.phase).toBe('done')
  expect(shown.result.current.error).toBeUndefined()
})

test('a failed first request shows the error; the next screen asks afresh instead of showing it', async () => {
  gateway.setControls({ fault: 'server-error' })
  const failed = renderHook(useCard)
  await waitFor(() => expect(failed.result.current).toMatchObject({ phase: 'error', error: { code: 'SERVER_ERROR' } }))
  failed.unmount()
  gateway.setControls({ fault: 'none' })
  const next = renderHook(useCard)
  expect(next.result.current.phase).toBe('loading')
  await waitFor(() => expect(next.result.current.phase).toBe('done'))
})

test('a write makes the reads it lists out of date, refused or not (a wrong password counts an attempt)', async () => {
  const shown = await shownCard()
  const before = shown.result.current.data?.password.attemptsLeft ?? 0
  const verify = renderHook(() => useSubmit('passwordVerify', { invalidates: ['cardStatus'] }))
  await act(async () => void (await verify.result.current.submit({ password: '000000' })))
  expect(verify.result.current.error?.code).toBe('PASSWORD_WRONG')
  expect(verify.result.current.error?.details.attemptsLeft).toBe(before - 1)
  await waitFor(() => expect(shown.result.current.data?.password.attemptsLeft).toBe(before - 1))
  expect(cardRequests).toBe(2)
})

test('signing out forgets every cached answer: nothing of the resident is shown again', async () => {
  const shown = await shownCard()
  shown.unmount()
  await signOut()
  const after = renderHook(useCard)
  expect(after.result.current.phase).toBe('loading')
  await waitFor(() => expect(after.result.current).toMatchObject({ phase: 'error', error: { code: 'UNAUTHORIZED' } }))
})

test('a screen still open at sign-out drops the answer at once', async () => {
  const shown = await shownCard()
  await act(() => signOut())
  expect(shown.result.current.data).toBeUndefined()
})

test('request() is a one-shot call that is never cached', async () => {
  await request('cardStatus', {})
  await request('cardStatus', {})
  expect(cardRequests).toBe(2)
})
