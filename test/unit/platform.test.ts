import * as platform from '@/platform'

describe('the H5 fallbacks of the platform adapter', () => {
  test('there is no login code: H5 logs in by SMS', async () => {
    await expect(platform.getLoginCode()).resolves.toBeNull()
  })

  test('location is null when the browser has no geolocation or the user refuses', async () => {
    const original = navigator.geolocation
    Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true })
    await expect(platform.getLocation()).resolves.toBeNull()
    Object.defineProperty(navigator, 'geolocation', {
      value: { getCurrentPosition: (_ok: unknown, refuse: (e: unknown) => void) => refuse(new Error('denied')) },
      configurable: true,
    })
    await expect(platform.getLocation()).resolves.toBeNull()
    Object.defineProperty(navigator, 'geolocation', { value: original, configurable: true })
  })

  test('location comes back as coordinates when allowed', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      value: { getCurrentPosition: (ok: (p: unknown) => void) => ok({ coords: { latitude: 24.88, longitude: 102.83 } }) },
      configurable: true,
    })
    await expect(platform.getLocation()).resolves.toEqual({ latitude: 24.88, longitude: 102.83 })
  })

  test('scan and face verification say they are unavailable so pages offer the fallback', async () => {
    expect(platform.canScan).toBe(false)
    await expect(platform.scanCode()).resolves.toBeNull()
    expect(platform.hasFaceVerification).toBe(false)
    await expect(platform.verifyFace({ name: '王建国', idNumber: '370902195803120013', certifyId: 'c' })).resolves.toEqual({ kind: 'unavailable' })
    await expect(platform.verifyBiometric('x')).resolves.toBe('unavailable')
  })

  test('code display mode restores what it changed', async () => {
    const release = jest.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'wakeLock', { value: { request: jest.fn(() => Promise.resolve({ release })) }, configurable: true })
    const restore = await platform.enterCodeDisplayMode()
    expect(release).not.toHaveBeenCalled()
    restore()
    expect(release).toHaveBeenCalledTimes(1)
  })

  test('the map link carries the place for the map site', () => {
    const link = platform.mapLink({ name: '昆明市民中心', address: '锦绣大街 1 号', latitude: 24.88, longitude: 102.83 })
    expect(link).toContain('position=102.83%2C24.88')
    expect(decodeURIComponent(link)).toContain('昆明市民中心')
  })

  test('storage round-trips values and survives a missing key', () => {
    platform.storage.set('esscard.test', { a: 1 })
    expect(platform.storage.get('esscard.test')).toEqual({ a: 1 })
    platform.storage.remove('esscard.test')
    expect(platform.storage.get('esscard.test')).toBeUndefined()
  })
})

test('H5: following a javascript: link (Taro’s tab bar) is cancelled, so the CSP has nothing to block; its click handler still runs', () => {
  platform.cancelScriptLinks()
  const link = document.createElement('a')
  link.href = 'javascript:;'
  const handler = jest.fn()
  link.addEventListener('click', handler)
  document.body.append(link)
  const event = new MouseEvent('click', { bubbles: true, cancelable: true })
  link.dispatchEvent(event)
  expect(event.defaultPrevented).toBe(true)
  expect(handler).toHaveBeenCalled()
  link.remove()
})
