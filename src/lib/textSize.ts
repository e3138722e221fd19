/**
 * The resident's own text size (the platform's font setting) and the in-app 大字模式 switch, made into what a
 * page draws: whether large-text mode is on, and how much to scale the theme's font sizes on top.
 */

/** WeChat's standard font size (px); its 关怀模式 is about 23.8 px (1.4×). */
export const WECHAT_STANDARD_FONT_PX = 17
/** From this scale of the platform's font setting on, the app turns large-text mode on by itself. */
export const LARGE_TEXT_FROM_SCALE = 1.15
/** How much larger large-text mode's font tokens are than normal mode's (theme.css: 16 → 21 px body). */
export const LARGE_TEXT_FACTOR = 1.3

export interface SystemText {
  /** The platform's font size relative to its standard (1: standard; H5: 1, the browser scales rem itself). */
  scale: number
  /** The platform asks for large text (WeChat at ≥ 1.15×, Alipay's 长辈版 app mode). */
  large: boolean
}

export interface TextSize {
  large: boolean
  /** Multiplies the theme's font tokens (1: as drawn). */
  scale: number
}

/**
 * `override` is the in-app switch (undefined: the resident never touched it, so the platform's setting rules).
 * Large-text mode already enlarges by LARGE_TEXT_FACTOR; only what the platform asks beyond that scales on top.
 */
export function textSize(system: SystemText, override: boolean | undefined): TextSize {
  const large = override ?? system.large
  const scale = large ? Math.max(1, system.scale / LARGE_TEXT_FACTOR) : Math.max(1, system.scale)
  return { large, scale: Math.round(scale * 100) / 100 }
}
