// The mini-programs draw the pull-down indicator themselves; H5 defines its element (pullDownRefresh.h5.ts).
export {}
