/** The channel in use is one of the card's channels: unbound, it shows no code and may claim again. */
import { cleanup, render, screen } from '@testing-library/react'
import Wizard from '@/claim/wizard/index'
import ShowCode from '@/code/show/index'
import { call } from '@/gateway/client'
import { TEST_ECARD_PASSWORD } from '@mock/data/personas'
import { logInAs, withMockGateway } from '../support/gateway'

const { gateway } = withMockGateway()

test('this channel unbound: no code (the gateway refuses too), and the claim is open again here', async () => {
  await logInAs(gateway, 'level1')
  gateway.state.card.channels = gateway.state.card.channels.filter((c) => c.channel !== 'h5')
  render(<ShowCode />)
  expect(await screen.findByText('本渠道未关联电子社保卡')).toBeTruthy()
  expect(screen.getByText(/如需在这里出示二维码，请重新申领电子社保卡/)).toBeTruthy()
  expect(screen.queryByText('请输入电子社保卡密码')).toBeNull()
  await expect(call('codeIssue', { kind: 'identity', password: TEST_ECARD_PASSWORD })).rejects.toMatchObject({ code: 'CHANNEL_UNBOUND' })

  cleanup()
  render(<Wizard />)
  expect(await screen.findByText('姓名')).toBeTruthy()
  expect(screen.queryByText('您已领取电子社保卡，无需重复申领')).toBeNull()
})

test('bound here: the claim says it is already done', async () => {
  await logInAs(gateway, 'level1')
  render(<Wizard />)
  expect(await screen.findByText('您已领取电子社保卡，无需重复申领')).toBeTruthy()
})
