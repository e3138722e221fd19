import { textSize } from '@/lib/textSize'

describe('text size: the platform font setting, with the in-app switch as an override', () => {
  test('standard platform setting, switch untouched: normal mode, sizes as drawn', () => {
    expect(textSize({ scale: 1, large: false }, undefined)).toEqual({ large: false, scale: 1 })
  })

  test("WeChat's 关怀模式 (23.8 px, 1.4×) turns large-text mode on and scales only what large text does not give", () => {
    expect(textSize({ scale: 1.4, large: true }, undefined)).toEqual({ large: true, scale: 1.08 })
  })

  test('a slightly larger setting (1.1×) scales the normal sizes without large-text mode', () => {
    expect(textSize({ scale: 1.1, large: false }, undefined)).toEqual({ large: false, scale: 1.1 })
  })

  test('the switch overrides the platform both ways', () => {
    expect(textSize({ scale: 1.4, large: true }, false)).toEqual({ large: false, scale: 1.4 })
    expect(textSize({ scale: 1, large: false }, true)).toEqual({ large: true, scale: 1 })
  })

  test("Alipay's 长辈版 app mode turns large-text mode on", () => {
    expect(textSize({ scale: 1, large: true }, undefined)).toEqual({ large: true, scale: 1 })
  })
})
