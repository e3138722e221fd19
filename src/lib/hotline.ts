/** 人社服务热线, the one number every page offers for help (the same in every city of the catalogue). */
export const HOTLINE = '12333'
