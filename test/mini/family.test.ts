/**
 * 亲情服务 on the WeChat and Alipay production builds: add a parent with her SMS consent, show her code (the
 * QR decoded from the canvas) with her name on screen, look up her contributions, remove her; the relative's side
 * revokes; a request for someone not on the list is refused; her physical card's progress followed.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { TEST_ECARD_PASSWORD } from '@mock/data/personas'
import type { MiniHost } from './host/host'
import { PLATFORMS, assertHealthy, closeAll, decodeQr, go, keypad, openApp, smsCode, waitFor } from './support'

afterEach(closeAll)

/** Answers the confirmation dialog the last tap opened. */
async function confirmDialog(host: MiniHost, title: string): Promise<void> {
  await host.settle()
  const dialog = host.recorder.modals.shift()
  assert.ok(dialog, `no dialog on ${host.current.route}:\n${host.current.outline()}`)
  assert.equal(dialog.title, title)
  dialog.answer(true)
  await host.settle()
}

for (const platform of PLATFORMS) {
  describe(`${platform} 亲情服务`, () => {
    test('add a parent with her SMS consent, show her code (decoded), look up her contributions, remove her', async () => {
      const { host, gateway } = await openApp({ platform, entry: 'family/index/index' })
      await waitFor(host, '还没有添加亲属')
      await host.current.tap('添加亲属')
      await waitFor(host, '填写亲属信息')
      await host.current.type('family-name', '杨秀兰')
      await host.current.type('family-id', '530102194805060028')
      await host.current.tap('下一步')
      await waitFor(host, '亲属同意')
      await smsCode(host)
      assert.ok(host.current.has('137****3311'), 'the consent SMS goes to the mother’s own phone')
      await host.current.tap('验证')
      await waitFor(host, '已添加母亲 杨*兰')
      const mother = gateway?.state.family.relatives[0]
      assert.ok(mother)

      await host.current.tap('为母亲 杨*兰出示二维码')
      await waitFor(host, '出示：母亲 杨*兰')
      await waitFor(host, '请输入您本人的电子社保卡密码')
      await keypad(host, TEST_ECARD_PASSWORD)
      await waitFor(host, /秒后失效/)
      const payload = decodeQr(host)
      assert.match(payload, /^ESSC1\..+\.identity\./)
      assert.equal(gateway?.state.codes[payload.split('.')[1]]?.onBehalfOf, mother.relativeId)
      assert.ok(host.current.has('出示：母亲 杨*兰'), 'her name stays on screen with her code')

      await go(host, `/records/contributions/index?for=${mother.relativeId}`)
      await waitFor(host, '查看：母亲 杨*兰')
      await waitFor(host, /\d+年\d+月 · 养老保险/)

      await go(host, '/family/index/index')
      await waitFor(host, '母亲 杨*兰')
      await host.current.tap('删除')
      await confirmDialog(host, '删除亲属')
      await waitFor(host, '还没有添加亲属')
      assert.deepEqual(gateway?.state.family.relatives, [])
      assertHealthy(host)
    })

    test('the relative’s side revokes a child’s grant; a request for someone not on the list is refused', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'elder', entry: 'family/grants/index' })
      await waitFor(host, '儿子 张*明')
      await host.current.tap('取消授权')
      await confirmDialog(host, '取消授权')
      for (let waited = 0; host.current.has('儿子 张*明'); waited += 100) {
        assert.ok(waited < 5_000, host.current.outline())
        await host.advance(100)
      }
      assert.ok(host.current.has('女儿 张*芳'))
      assert.equal(gateway?.state.family.grants.length, 1)

      await go(host, '/records/index/index?for=rel-z')
      await waitFor(host, '查看：未添加的亲属')
      await waitFor(host, ERROR_MESSAGES.RELATIVE_NOT_ON_LIST)
      assertHealthy(host)
    })

    test('follow the mother’s physical card: from 亲情服务 to her applications, her new card waiting at the outlet', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'family', entry: 'family/index/index' })
      await waitFor(host, '母亲 杨*兰')
      const [mother] = gateway?.state.family.relatives ?? []
      await host.current.tap('实体卡办理进度')
      await waitFor(host, '查看：母亲 杨*兰')
      await host.current.tap('本人 · 补换卡 · 杨*兰')
      await waitFor(host, '社保卡已到网点，可以领取了')
      assert.equal(host.current.route, 'card/progress/index')
      assert.ok(host.current.has('查看：母亲 杨*兰'), 'her name above her card’s progress')
      assert.ok(host.current.has('带什么：本人身份证原件'))
      assert.deepEqual(Object.keys(gateway?.state.physicalCards ?? {}), [mother.relativeId])
      assertHealthy(host)
    })
  })
}
