/**
 * Text for screen readers only is not drawn on purpose: the painted-contrast check and the 长辈版 rules leave
 * it out. Such text is in an element clipped to nothing (clip: rect(0 0 0 0), clip-path: inset(50%)), or in a
 * box under 2 px that hides what overflows it (theme.css's .visually-hidden: its 1px is 1.03 px on H5, where
 * sizes are rem). Both checks measure inside the page, so the test is defined there, once, before they run.
 */
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    /** Defined by defineScreenReaderOnly before a check measures the page. */
    screenReaderOnly?(el: Element): boolean
  }
}

function define(): void {
  window.screenReaderOnly = (el) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = getComputedStyle(e)
      const box = e.getBoundingClientRect()
      const positioned = style.position === 'absolute' || style.position === 'fixed'
      if (positioned && /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(style.clip)) return true
      if (style.clipPath === 'inset(50%)') return true
      if ((box.width < 2 || box.height < 2) && style.overflow === 'hidden') return true
    }
    return false
  }
}

/** Makes window.screenReaderOnly available to the in-page measuring functions of the page as it is now. */
export async function defineScreenReaderOnly(page: Page): Promise<void> {
  await page.evaluate(define)
}
