/**
 * The setData budgets of size-budgets.json on the production builds (npm run bench:mini prints the same
 * measures): every page's first render, 亮码's countdown tick and code refresh, and the next page of each
 * paged list, per platform, in calls and bytes (the same on every run). 亮码's times in the host follow the
 * machine's speed, so they are held to their budgets by `npm run bench:mini`, not here.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { PAGED_LISTS, codeCost, firstRender, nextPage, routesOf, type SetDataCost } from './measure'
import { PLATFORMS, ROOT } from './support'

interface SetDataBudgets {
  firstRender: Record<string, SetDataCost>
  codeTick: SetDataCost
  codeRefresh: SetDataCost
  nextPage: Record<string, SetDataCost>
}
interface Budgets {
  weapp: { setData: SetDataBudgets }
  alipay: { setData: SetDataBudgets }
}

const budgets = JSON.parse(readFileSync(path.join(ROOT, 'size-budgets.json'), 'utf8')) as Budgets

const overBudget = (what: string, measured: SetDataCost, budget: SetDataCost | undefined): string[] => {
  if (!budget) return [`${what}: no budget in size-budgets.json`]
  return [
    ...(measured.calls > budget.calls ? [`${what}: ${measured.calls} setData calls, budget ${budget.calls}`] : []),
    ...(measured.bytes > budget.bytes ? [`${what}: ${measured.bytes} bytes of setData, budget ${budget.bytes}`] : []),
  ]
}

for (const platform of PLATFORMS) {
  const { setData } = budgets[platform]

  test(`${platform}: every page's first render within its setData budget`, async () => {
    const routes = await routesOf(platform)
    const over: string[] = []
    for (const route of routes) over.push(...overBudget(route, await firstRender(platform, route), setData.firstRender[route]))
    assert.deepEqual(over, [])
    assert.deepEqual(Object.keys(setData.firstRender).sort(), [...routes].sort(), 'a budget for each page of app.json and none for a page that is gone')
  })

  test(`${platform}: 亮码's countdown tick and code refresh within their setData budgets`, async () => {
    const { tick, refresh } = await codeCost(platform)
    assert.deepEqual([...overBudget('countdown tick', tick, setData.codeTick), ...overBudget('code refresh', refresh, setData.codeRefresh)], [])
  })

  for (const route of PAGED_LISTS)
    test(`${platform}: ${route}'s next page sends only its new rows, within its setData budget`, async () => {
      const next = await nextPage(platform, route)
      assert.ok(next.rowsAfter > next.rowsBefore, `onReachBottom added no rows (${next.rowsBefore})`)
      // Each new row is set once as a whole node under the list; no row already shown and no ancestor of the
      // list (which would resend the whole list) is in the payload.
      const rowPaths = next.paths.filter((p) => /\.cn\.\[\d+\]$/.test(p))
      const lists = new Set(rowPaths.map((p) => p.replace(/\.cn\.\[\d+\]$/, '')))
      assert.equal(lists.size, 1, `new rows under one list: ${[...lists].join(', ')}`)
      const [list] = lists
      assert.deepEqual(
        rowPaths.map((p) => Number(/\[(\d+)\]$/.exec(p)?.[1])),
        Array.from({ length: next.rowsAfter - next.rowsBefore }, (_, i) => next.rowsBefore + i),
        'exactly the new rows, each once',
      )
      const resent = next.paths.filter((p) => !rowPaths.includes(p) && (p.startsWith(`${list}.`) || list.startsWith(p)))
      assert.deepEqual(resent, [], 'no row already shown and no ancestor of the list is sent again')
      assert.deepEqual(overBudget(`${route} next page`, next, setData.nextPage[route]), [])
    })
}
