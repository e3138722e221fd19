/**
 * 扫一扫 (active scan): scan a service terminal's QR, read what it asks for, and confirm or decline.
 * Payments need the e-card password. H5 has no scanner: a production H5 page sends residents to the
 * WeChat or Alipay app (a pasted code could be phished through chat); only mock builds let testers paste
 * a terminal's code. Anything that is not an `ESSC-TERM:` ticket is refused before it is sent.
 */
import { Text, View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import * as v from 'valibot'
import { terminalTicketSchema } from '@/code/api'
import type { ResponseOf } from '@/gateway/contract'
import { GatewayError, messageOf } from '@/gateway/errors'
import { request } from '@/gateway/hooks'
import { formatMoney } from '@/lib/format'
import { paidFromSentence } from '../paidFrom'
import { DoneButton } from '@/ui/Links'
import { Num } from '@/ui/Num'
import { canScan, scanCode } from '@/platform'
import { ServiceGate } from '@/city/ServiceGate'
import { Field } from '@/ui/Field'
import { usePasswordPrompt } from '@/identity/usePasswordPrompt'
import { Keypad } from '@/ui/Keypad'
import { Screen } from '@/ui/Screen'
import { LoadingView } from '@/ui/states'
import { ErrorView } from '@/identity/RequestView'
import './index.css'
import { focusable } from '@/ui/focusable'
import { tester } from '@/ui/tester'
import '@/ui/weui/msg'
import { Alert } from '@/ui/Alert'

type Ticket = ResponseOf<'ticketRead'>
type Answer = ResponseOf<'ticketDecide'>

type Step =
  | { name: 'start' }
  | { name: 'reading' }
  | { name: 'confirm'; ticket: Ticket }
  | { name: 'password'; ticket: Ticket }
  | { name: 'done'; ticket: Ticket; answer: Answer }

export default function ScanPage() {
  const [step, setStep] = useState<Step>({ name: 'start' })
  const [readError, setReadError] = useState<GatewayError | null>(null)

  async function read(text: string) {
    setReadError(null)
    const ticket = text.trim()
    if (!v.is(terminalTicketSchema, ticket)) {
      setReadError(new GatewayError('TICKET_UNKNOWN'))
      return
    }
    setStep({ name: 'reading' })
    try {
      // A one-shot read: each scanned ticket is asked about once, as a step of the scan.
      setStep({ name: 'confirm', ticket: await request('ticketRead', { ticket }) })
    } catch (caught) {
      setReadError(caught as GatewayError) // request() throws only GatewayErrors
      setStep({ name: 'start' })
    }
  }

  return (
    <Screen className="scan-page">
      {step.name === 'start' ? (
        <>
          <View className="page-title">扫一扫</View>
          <View className="hint">扫描医院自助机、药店收银台等社保服务终端上的二维码，确认后即可登录或支付。</View>
        </>
      ) : null}
      <ServiceGate serviceId="scan">
        {step.name === 'start' ? (
          <ScanStart error={readError} onTicket={(text) => void read(text)} onRetry={() => setReadError(null)} />
        ) : step.name === 'reading' ? (
          <LoadingView label="正在读取终端请求" />
        ) : step.name === 'done' ? (
          <Done ticket={step.ticket} answer={step.answer} onAgain={() => setStep({ name: 'start' })} />
        ) : (
          <Decide
            ticket={step.ticket}
            askPassword={step.name === 'password'}
            onPassword={() => setStep({ name: 'password', ticket: step.ticket })}
            onDone={(answer) => setStep({ name: 'done', ticket: step.ticket, answer })}
          />
        )}
      </ServiceGate>
    </Screen>
  )
}

function ScanStart({ error, onTicket, onRetry }: { error: GatewayError | null; onTicket(text: string): void; onRetry(): void }) {
  const [text, setText] = useState('')
  const [scanError, setScanError] = useState<string | null>(null)

  async function scan() {
    setScanError(null)
    const result = await scanCode()
    if (result) onTicket(result)
    else setScanError('没有扫到二维码，请对准服务终端屏幕上的二维码重试')
  }

  if (error?.code === 'UNAUTHORIZED') return <ErrorView error={error} onRetry={onRetry} />

  return (
    <View>
      {canScan ? (
        <View className="actions">
          <Button className="weui-btn weui-btn_primary" onClick={() => void scan()}>
            扫描终端二维码
          </Button>
        </View>
      ) : !MOCK_GATEWAY ? (
        <View className="hint" role="note">
          网页版无法使用摄像头扫码。请在微信或支付宝中打开本应用，使用「扫一扫」。
        </View>
      ) : (
        <View>
          <View className="weui-cells weui-cells_form">
            <Field id="ticket-text" label="终端码" placeholder="粘贴终端二维码的内容" value={text} onValue={setText} />
          </View>
          <View className="hint">测试版：网页版无法调用摄像头扫码，请粘贴终端二维码的内容。</View>
          <View className="actions">
            <Button className="weui-btn weui-btn_primary" disabled={!text.trim()} onClick={() => onTicket(text)}>
              读取
            </Button>
          </View>
          {tester.tickets.length ? (
            <View>
              <View className="section-title">模拟网关可识别的终端码</View>
              <View className="weui-cells">
                {tester.tickets.map(({ ticket, purpose }) => (
                  <View
                    key={ticket}
                    className="weui-cell weui-cell_active"
                    role="button"
                    {...focusable}
                    ariaLabel={`填入 ${ticket}，${purpose}`}
                    onClick={() => setText(ticket)}
                  >
                    <View className="weui-cell__bd">
                      <View className="scan-page__ticket">{ticket}</View>
                      <View className="hint scan-page__ticket-purpose">{purpose}</View>
                    </View>
                  </View>
                ))}
              </View>
            </View>
          ) : null}
        </View>
      )}
      <Alert className="scan-page__error" message={scanError ?? (error && messageOf(error))} />
    </View>
  )
}

function Decide({ ticket, askPassword, onPassword, onDone }: { ticket: Ticket; askPassword: boolean; onPassword(): void; onDone(answer: Answer): void }) {
  const decide = usePasswordPrompt('ticketDecide', { invalidates: ['cardStatus'] })
  const payment = ticket.kind === 'payment'

  async function send(decision: 'confirm' | 'decline', password?: string) {
    const answer = await decide.submit(password ? { ticket: ticket.ticket, decision, password } : { ticket: ticket.ticket, decision })
    if (answer) onDone(answer)
  }

  const error = decide.message

  return (
    <View>
      <View className="page-title">{payment ? '确认支付' : '确认登录'}</View>
      <View className="block scan-page__request" role="region" ariaLabel="终端请求">
        <View className="scan-page__row">
          <Text className="scan-page__label">请求方</Text>
          <Text>{ticket.requester}</Text>
        </View>
        <View className="scan-page__row">
          <Text className="scan-page__label">用途</Text>
          <Text>{ticket.purpose}</Text>
        </View>
        {payment && ticket.amountFen !== undefined ? (
          <View className="scan-page__row">
            <Text className="scan-page__label">金额</Text>
            <Text className="scan-page__amount">{formatMoney(ticket.amountFen)}</Text>
          </View>
        ) : null}
      </View>
      <View className="hint">
        {payment ? '确认后将从您的社保卡账户支付，需要输入电子社保卡密码。' : '确认后，该终端将使用您的电子社保卡登录。'}
        如不是您本人在终端前操作，请拒绝。
      </View>
      {askPassword ? (
        <Keypad label="请输入电子社保卡密码" {...decide.digits} error={error} disabled={decide.pending} onComplete={(value) => void send('confirm', value)} />
      ) : (
        <Alert message={error} />
      )}
      <View className="actions">
        {askPassword ? null : (
          <Button
            className="weui-btn weui-btn_primary"
            loading={decide.pending}
            disabled={decide.pending}
            onClick={() => (payment ? onPassword() : void send('confirm'))}
          >
            {payment ? '确认支付' : '确认登录'}
          </Button>
        )}
        <Button className="weui-btn weui-btn_default" disabled={decide.pending} onClick={() => void send('decline')}>
          拒绝
        </Button>
      </View>
    </View>
  )
}

function Done({ ticket, answer: { result, paidFrom }, onAgain }: { ticket: Ticket; answer: Answer; onAgain(): void }) {
  const payment = ticket.kind === 'payment'
  const title = result === 'declined' ? '已拒绝' : payment ? '支付成功' : '登录成功'
  return (
    <View className="weui-msg" role="status">
      <View className="weui-msg__text-area">
        <Text className="weui-msg__title">{title}</Text>
        <View className="weui-msg__desc">
          {result === 'declined' ? (
            `已拒绝「${ticket.requester}」的请求。`
          ) : payment && ticket.amountFen !== undefined ? (
            <>
              已向「{ticket.requester}」支付 <Num>{formatMoney(ticket.amountFen)}</Num>。{paidFromSentence(paidFrom)}。
            </>
          ) : (
            `「${ticket.requester}」已使用您的电子社保卡登录。`
          )}
        </View>
      </View>
      <View className="actions">
        <DoneButton />
        <Button className="weui-btn weui-btn_default" onClick={onAgain}>
          继续扫码
        </Button>
      </View>
    </View>
  )
}
