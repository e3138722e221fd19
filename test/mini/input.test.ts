/**
 * Input that forgives how residents type, on the WeChat and Alipay production builds: the same
 * normalisers as H5 (src/lib/fields.ts), compiled by Taro's mini-program toolchain and run in the host's
 * engine. A spaced, full-width ID, a phone pasted with its label, a card number with dashes and rare
 * ideographs (䶮, one outside the BMP) go through; a 19-digit paste is refused with a message, never cut.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import { TEST_ECARD_PASSWORD, TEST_SMS_CODE, findPersona } from '@mock/data/personas'
import { PLATFORMS, assertHealthy, closeAll, keypad, openApp, waitFor } from './support'

afterEach(closeAll)

const resident = findPersona('new')!
const fullWidth = (text: string) => text.replace(/[\dxX]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
const shown = (host: Awaited<ReturnType<typeof openApp>>['host'], id: string) => String(host.current.input(id).attributes.value ?? '')

for (const platform of PLATFORMS) {
  describe(`${platform} input`, () => {
    test('a spaced full-width ID typed key by key, a pasted phone with its label: normalised, shown 3-4-4, accepted by the gateway', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'new', entry: 'claim/wizard/index' })
      await host.current.type('claim-name', ` ${resident.name.split('').join(' ')} `)
      await host.current.type('claim-id', ` ${fullWidth('370902 19580312 0013')}`)
      await host.current.paste('claim-phone', '手机号：139-0538-1234')
      assert.equal(shown(host, 'claim-id'), resident.idNumber)
      assert.equal(shown(host, 'claim-phone'), '139 0538 1234')
      assert.equal(shown(host, 'claim-name'), resident.name, 'the name is tidied when the field is left')
      await host.current.tap('下一步')
      await host.current.tap('同意并继续')
      // The precheck passed: the gateway got the canonical name, ID number and phone.
      await waitFor(host, '短信验证码')
      assert.equal(gateway?.state.certifyIds.length, 1)
      assertHealthy(host)
    })

    test('a 19-digit paste is kept and refused with how many too many; nothing is sent', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'new', entry: 'claim/wizard/index' })
      const seqBefore = gateway?.state.seq
      await host.current.type('claim-name', resident.name)
      await host.current.paste('claim-id', `${resident.idNumber}7`)
      await host.current.type('claim-phone', resident.phone)
      await host.current.tap('下一步')
      await waitFor(host, '身份证号比 18 位多了 1 位，请核对')
      assert.equal(shown(host, 'claim-id'), `${resident.idNumber}7`)
      assert.equal(gateway?.state.seq, seqBefore, 'a request reached the gateway')
      assertHealthy(host)
    })

    test('names with 䶮 and an ideograph outside the BMP pass the compiled checks; a stray dot is named', async () => {
      const { host } = await openApp({ platform, persona: 'new', entry: 'claim/wizard/index' })
      await host.current.type('claim-id', resident.idNumber)
      await host.current.type('claim-phone', resident.phone)
      await host.current.type('claim-name', '王建国•')
      await host.current.tap('下一步')
      await waitFor(host, '间隔点“·”不能在姓名的开头或结尾')
      for (const name of ['李䶮', '𠀀𡈼明']) {
        await host.current.type('claim-name', name)
        await host.current.tap('下一步')
        await waitFor(host, '同意并继续')
        // The contract's name schema (\p{Script=Han}, compiled for the mini-program) lets it through to the gateway.
        await host.current.tap('同意并继续')
        await waitFor(host, '姓名、身份证号或手机号与社保卡登记信息不一致，请核对')
        await host.current.tap('返回修改信息')
      }
      assertHealthy(host)
    })

    test('level 2: a card number pasted with dashes is shown in fours and linked', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'new', entry: 'claim/wizard/index' })
      await host.current.type('claim-name', resident.name)
      await host.current.type('claim-id', resident.idNumber)
      await host.current.type('claim-phone', resident.phone)
      await host.current.tap('下一步')
      await host.current.tap('同意并继续')
      await host.current.tap('短信验证码')
      await host.current.tap('获取验证码')
      await waitFor(host, /秒后可?重新获取/)
      await host.current.paste(
        host.current.inputs().find((n) => String(n.attributes.placeholder ?? '').includes('验证码'))!,
        fullWidth(TEST_SMS_CODE),
      )
      await host.current.tap('验证')
      await waitFor(host, '设置密码')
      for (const round of [0, 1]) {
        await keypad(host, TEST_ECARD_PASSWORD)
        if (round === 0) await waitFor(host, '请再次输入')
      }
      await waitFor(host, '电子社保卡已领取（一级签发）')
      await host.current.tap('开通缴费结算（二级签发）')
      await host.current.paste(0, '卡号：6217-0012-3456-7890-122')
      await host.current.paste(1, '+86 139 0538 1234')
      assert.equal(String(host.current.inputs()[0].attributes.value), '6217 0012 3456 7890 122')
      await host.current.tap('获取验证码')
      await waitFor(host, /秒后可?重新获取/)
      await host.current.paste(2, TEST_SMS_CODE)
      await host.current.tap(/^开通缴费结算$/)
      await waitFor(host, '二级签发（已开通缴费结算）')
      assert.equal(gateway?.state.card.status, 'level2')
      assertHealthy(host)
    })
  })
}
