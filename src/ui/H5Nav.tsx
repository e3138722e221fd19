/** Mini-programs have the platform's navigation bar, with its back and home buttons: H5Nav.h5.tsx is H5's. */
export function H5Nav() {
  return null
}
