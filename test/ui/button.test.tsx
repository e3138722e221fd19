/**
 * src/ui/Button passes disabled/loading/plain only when true: Taro's H5 Button writes disabled={false} as
 * disabled="false", which Taro's and WeUI's [disabled] rules paint as disabled (the pixels are checked
 * in test/e2e/visual; this is the attribute at its source).
 */
import { render } from '@testing-library/react'
import { Button } from '@/ui/Button'
import { Keypad } from '@/ui/Keypad'

const buttons = (container: HTMLElement) => Array.from(container.querySelectorAll('taro-button-core'))

test('an enabled button carries no disabled, loading or plain attribute; a disabled one does', () => {
  const { container } = render(
    <>
      <Button className="weui-btn weui-btn_primary" disabled={false} loading={false} plain={false}>
        同意并继续
      </Button>
      <Button className="weui-btn weui-btn_primary" disabled loading>
        正在提交
      </Button>
    </>,
  )
  const [enabled, disabled] = buttons(container)
  expect(['disabled', 'loading', 'plain'].filter((name) => enabled.hasAttribute(name))).toEqual([])
  expect(disabled.hasAttribute('disabled')).toBe(true)
  expect(disabled.hasAttribute('loading')).toBe(true)
})

test('keypad keys: no disabled attribute while enabled, all disabled while a request is pending', () => {
  const enabled = render(<Keypad label="请输入电子社保卡密码" value="" onChange={() => undefined} onComplete={() => undefined} disabled={false} />)
  expect(buttons(enabled.container)).toHaveLength(11)
  expect(buttons(enabled.container).filter((b) => b.hasAttribute('disabled'))).toEqual([])
  enabled.unmount()
  const pending = render(<Keypad label="请输入电子社保卡密码" value="" onChange={() => undefined} onComplete={() => undefined} disabled />)
  expect(buttons(pending.container).every((b) => b.hasAttribute('disabled'))).toBe(true)
})
