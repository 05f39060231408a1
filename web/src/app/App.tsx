import { BrowserRouter, Route, Routes } from 'react-router';
import { DistrictsPage } from '../features/districts/DistrictsPage';
import { Layout, NotFoundPage } from './Layout';

/** The pages by address; each feature adds its routes here. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<DistrictsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
