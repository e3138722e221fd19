export default defineAppConfig({
  pages: ['pages/home/index', 'pages/card/index', 'pages/me/index'],
  subPackages: [
    { root: 'outlets', pages: ['list/index', 'detail/index'] },
    { root: 'city', pages: ['leave/index'] },
    { root: 'claim', pages: ['wizard/index', 'bank/index', 'pin/index', 'status/index'] },
    { root: 'code', pages: ['show/index', 'scan/index'] },
    { root: 'records', pages: ['index/index', 'contributions/index', 'medical/index', 'pension/index', 'benefits/index'] },
    { root: 'manage', pages: ['index/index', 'password/index', 'reset/index', 'loss/index', 'unbind/index'] },
    { root: 'card', pages: ['index/index', 'apply/index', 'progress/index'] },
    { root: 'family', pages: ['index/index', 'add/index', 'grants/index'] },
    { root: 'pay', pages: ['index/index', 'order/index', 'history/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '电子社保卡',
    navigationBarTextStyle: 'black',
    backgroundColor: '#ededed',
  },
  tabBar: {
    color: '#4c4c4c',
    selectedColor: '#05753a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/homeActive.png' },
      { pagePath: 'pages/card/index', text: '电子社保卡', iconPath: 'assets/tab/card.png', selectedIconPath: 'assets/tab/cardActive.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/meActive.png' },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于推荐所在城市和计算离您最近的社保经办网点' },
  },
  requiredPrivateInfos: ['getLocation'],
})
